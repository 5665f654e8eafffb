#pragma once

class PlaybackController;
class PlayerBar;

// Connects a passive PlayerBar to a PlaybackController both ways: the bar's requests drive the
// controller, the controller's state shows on the bar. Store-related wiring (saving positions,
// durations, finished episodes, sessions) is the owner's business, not this function's.
void bindPlayerBar(PlayerBar *bar, PlaybackController *controller);
