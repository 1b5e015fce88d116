// libedit's readline header needs FILE from stdio.h declared first.
#include <stdio.h>
#include <editline/readline.h>
