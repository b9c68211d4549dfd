const https = require('https');
https.get('https://cdn.example/ping');
