/** Match setup: toss, playing XIs from the squads, and the rules the match is scored under. */
package cricket.desktop.setup;
