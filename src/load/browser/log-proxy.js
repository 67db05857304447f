// Passes 127.0.0.1:<listen> through to 127.0.0.1:<server> and writes each exchange as a JSON line,
// so that what the simulation sends can be compared with a browser's HAR (docs/load-test.md).
// Usage: node log-proxy.js <listen port> <server port> <out.jsonl>
const http = require('http');
const fs = require('fs');
const [listen, server, file] = process.argv.slice(2);
const out = fs.createWriteStream(file, { flags: 'a' });

http.createServer((req, res) => {
  const chunks = [];
  req.on('data', c => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const upstream = http.request({ host: '127.0.0.1', port: server, path: req.url, method: req.method, headers: req.headers }, r => {
      const answer = [];
      r.on('data', c => answer.push(c));
      r.on('end', () => {
        const text = Buffer.concat(answer);
        out.write(JSON.stringify({ method: req.method, url: req.url, contentType: req.headers['content-type'] || '',
          request: body.toString(), status: r.statusCode, response: text.toString() }) + '\n');
        res.writeHead(r.statusCode, r.headers);
        res.end(text);
      });
    });
    upstream.on('error', e => { res.writeHead(502); res.end(String(e)); });
    upstream.end(body);
  });
}).listen(listen, '127.0.0.1');
