// Records what Chromium sends while a person does the load test's journeys, as HAR files, to check
// the simulation against (docs/load-test.md). Needs playwright-core (NODE_PATH) and a seeded server.
// Usage: node record-journeys.js <learner|pupil> <username> <out.har> [base URL, default http://127.0.0.1:8085]
const { chromium } = require('playwright-core');

const [journey, username, out, base = 'http://127.0.0.1:8085'] = process.argv.slice(2);
const password = 'quiet archive of many lessons'; // LoadSettings.PASSWORD

async function signIn(page) {
  await page.goto(base + '/login');
  await page.locator('vaadin-login-form input[name=username]').fill(username);
  await page.locator('vaadin-login-form input[name=password]').fill(password);
  await page.locator('vaadin-login-form input[name=password]').press('Enter');
  await page.waitForURL(u => !u.toString().includes('/login'));
  await page.waitForTimeout(1500);
}

async function menu(page, label) {
  const item = page.locator('vaadin-side-nav-item', { hasText: label }).first();
  const path = await item.getAttribute('path');
  await item.click();
  await page.waitForURL(u => u.pathname === '/' + path);
  await page.waitForTimeout(1500);
}

async function answer(page) {
  if (await page.locator('#answer-choice').count()) {
    await page.locator('#answer-choice vaadin-radio-button').first().click();
  } else if (await page.locator('#answer-text').count()) {
    await page.locator('#answer-text input').pressSequentially('1997', { delay: 200 });
  }
  await page.waitForTimeout(300);
  await page.locator('#quiz-check').click();
  await page.waitForTimeout(800);
}

async function learner(page) {
  await signIn(page);
  await page.locator('#practice-length input').fill('5');
  await page.locator('#practice-length input').press('Tab');
  await page.waitForTimeout(500);
  await page.locator('#practice-start').click();
  await page.waitForTimeout(1000);
  for (let i = 0; i < 5; i++) {
    await answer(page);
    await page.locator('#quiz-next').click();
    await page.waitForTimeout(800);
  }
  await menu(page, 'Flashcards');
  for (let i = 0; i < 3; i++) {
    await page.locator('#show-answer').click();
    await page.waitForTimeout(500);
    await page.locator('#rate-good').click();
    await page.waitForTimeout(500);
  }
  await menu(page, 'Mistakes');
  await menu(page, 'Progress');
}

async function pupil(page) {
  await signIn(page);
  await menu(page, 'Assigned quizzes');
  await page.locator('[id^=assigned-start-]').click();
  await page.waitForTimeout(1000);
  for (let i = 0; i < 3; i++) {
    await answer(page);
    await page.locator('#quiz-next').click();
    await page.waitForTimeout(800);
  }
  await page.locator('#quiz-submit').click();
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.waitForTimeout(1500);
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const context = await browser.newContext({ recordHar: { path: out, content: 'embed' } });
  const page = await context.newPage();
  // Chromium's HAR leaves out beacons: log the one Flow's client sends on pagehide.
  await page.addInitScript(() => {
    const send = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url, data) => { console.log('BEACON ' + url + ' ' + data); return send(url, data); };
  });
  page.on('console', m => m.text().startsWith('BEACON ') && console.log(m.text()));
  await (journey === 'pupil' ? pupil : learner)(page);
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
  await page.waitForTimeout(500);
  await context.close();
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
