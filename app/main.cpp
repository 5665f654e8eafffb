#include "application.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Large blocks (a catalog file being parsed, the search index) get their own mappings and
    // go back to the system when freed, instead of staying in the heap after loading.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
    return Application::run(argc, argv);
}
