/**
 * Cricsheet JSON (data versions 1.0.0, 1.1.0, 1.2.0) to match events and back: {@link cricket.cricsheet.CricsheetReader}
 * turns a match file into the events a scorer would have recorded, {@link cricket.cricsheet.CricsheetWriter} writes
 * a match's effective events as a Cricsheet file, and {@link cricket.cricsheet.CricsheetReplay} folds a file's events
 * through the engine, naming the file, innings and ball of any event the engine refuses.
 */
package cricket.cricsheet;
