// Graphviz's types for the Graphviz module. There is deliberately no `link` line in the module
// map: the functions are looked up with dlsym, so a machine without libgvc still runs sitegen.
#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_textlayout.h>
