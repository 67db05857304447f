"""Compares the Vaadin messages in a browser's HAR with those the simulation sent (log-proxy.js's
log), by shape: the requests' kinds, the RPC invocations with their event names, properties and
data keys, the payload keys. Also checks that every simulated UIDL message carried the syncId of the
server's last response and a clientId one above the last. See docs/load-test.md.

Usage: python3 compare-messages.py <journey.har> <simulation.jsonl>
"""
import json
import sys
from urllib.parse import parse_qs, urlparse

STATIC = ('.js', '.css', '.svg', '.woff2', '.png', '.ico')


def shape(method, url, content_type, body):
    parsed = urlparse(url)
    query = parse_qs(parsed.query, keep_blank_values=True)
    if query.get('v-r') == ['init']:
        return f"init location={query['location'][0]!r} parameters={sorted(query)}"
    if query.get('v-r') == ['uidl']:
        payload = json.loads(body)
        keys = sorted(k for k in payload if k != 'rpc')
        if payload.get('UNLOAD'):
            return f"unload beacon keys={keys} content-type={content_type.split(';')[0]}"
        return f"uidl keys={keys}: " + ' | '.join(invocation(r) for r in payload['rpc'])
    if method == 'POST' and parsed.path == '/login':
        return f"sign-in form fields={sorted(parse_qs(body))}"
    if method == 'GET' and not parsed.path.endswith(STATIC) and '/VAADIN/' not in parsed.path \
            and '/webjars/' not in parsed.path:
        return f"page {parsed.path}"
    return None


def invocation(rpc):
    if rpc['type'] == 'event':
        data = rpc.get('data')
        if rpc['event'] == 'ui-navigate':
            return (f"navigate data={sorted(data)} history={sorted(data['historyState'])} "
                    f"trigger={data['trigger']!r}")
        return f"event {rpc['event']} data={'none' if data is None else sorted(data)}"
    if rpc['type'] == 'mSync':
        return f"sync {rpc['property']} feature={rpc['feature']} {type(rpc['value']).__name__}"
    return rpc['type'] + ' ' + ' '.join(sorted(k for k in rpc if k not in ('type', 'node')))


def from_har(path):
    shapes = []
    for entry in json.load(open(path))['log']['entries']:
        r = entry['request']
        content_type = next((h['value'] for h in r['headers'] if h['name'].lower() == 'content-type'), '')
        shapes.append(shape(r['method'], r['url'], content_type, (r.get('postData') or {}).get('text', '')))
    return {s for s in shapes if s}


def from_log(path):
    exchanges = [json.loads(line) for line in open(path) if line.strip()]
    shapes = {shape(x['method'], 'http://server' + x['url'], x['contentType'], x['request']) for x in exchanges}
    return {s for s in shapes if s}, out_of_step(exchanges)


def out_of_step(exchanges):
    """The UIDL messages checked, and those whose syncId is not the server's last or whose clientId
    does not follow."""
    expected, wrong, checked = {}, [], 0
    for x in exchanges:
        query = parse_qs(urlparse(x['url']).query)
        if query.get('v-r') == ['init'] and x['status'] == 200:
            config = json.loads(x['response'])['appConfig']
            expected[(config['uidl']['Vaadin-Security-Key'])] = (config['uidl']['syncId'], 0)
        elif query.get('v-r') == ['uidl']:
            payload = json.loads(x['request'])
            if payload.get('UNLOAD'):
                continue
            ui = payload['csrfToken']
            checked += 1
            if expected.get(ui) != (payload['syncId'], payload['clientId']):
                wrong.append((ui, payload['syncId'], payload['clientId'], expected.get(ui)))
            expected[ui] = (json.loads(x['response'])['syncId'], payload['clientId'] + 1)
    return checked, wrong


def main(har, log):
    browser = from_har(har)
    simulated, (checked, wrong) = from_log(log)
    for title, shapes in (('Sent by both', browser & simulated), ('Only the browser', browser - simulated),
                          ('Only the simulation', simulated - browser)):
        print(f"== {title}:")
        for s in sorted(shapes):
            print('  ', s)
    print(f"== UIDL messages out of step with the server: {len(wrong)} of {checked}")
    for w in wrong[:10]:
        print('  ', w)


if __name__ == '__main__':
    main(*sys.argv[1:3])
