unsigned crc(const unsigned char *p, unsigned long n) { unsigned c = 0; while (n--) c = (c >> 1) ^ *p++; return c; }
