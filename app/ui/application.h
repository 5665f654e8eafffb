#pragma once

// Start-up: reads the command line, runs a command-line mode or builds the window.
class Application final
{
public:
    static int run(int argc, char *argv[]);
};
