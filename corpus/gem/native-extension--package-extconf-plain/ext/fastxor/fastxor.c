#include "ruby.h"
void Init_fastxor(void) {}
