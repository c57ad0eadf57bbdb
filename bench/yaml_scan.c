/* The floor for `sysbench-kit build`: read every *.yaml file under a folder's cases/
 * and run libyaml's event parser over it, doing nothing with the events.
 * cc -O2 -o yaml_scan yaml_scan.c -lyaml ; ./yaml_scan DATASET */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static long scan(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); exit(2); }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *bytes = malloc(size ? size : 1);
    if (fread(bytes, 1, size, file) != (size_t)size) { perror(path); exit(2); }
    fclose(file);
    yaml_parser_t parser;
    yaml_event_t event;
    long events = 0;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, bytes, size);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) { fprintf(stderr, "%s: %s\n", path, parser.problem); exit(1); }
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        events++;
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(bytes);
    return events;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s DATASET\n", argv[0]); return 2; }
    char folder[4096];
    snprintf(folder, sizeof folder, "%s/cases", argv[1]);
    DIR *dir = opendir(folder);
    if (!dir) { perror(folder); return 2; }
    struct dirent *entry;
    long files = 0, events = 0;
    char path[8192];
    while ((entry = readdir(dir))) {
        size_t length = strlen(entry->d_name);
        if (length < 5 || strcmp(entry->d_name + length - 5, ".yaml") != 0) continue;
        snprintf(path, sizeof path, "%s/%s", folder, entry->d_name);
        events += scan(path);
        files++;
    }
    closedir(dir);
    printf("%ld files, %ld events\n", files, events);
    return 0;
}
