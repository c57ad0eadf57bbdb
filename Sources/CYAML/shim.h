// libyaml's public header, exposed to Swift through the CYAML module.
#include <yaml.h>
