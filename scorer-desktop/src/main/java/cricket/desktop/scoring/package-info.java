/** The scoring screen: the keyboard pad, the prompts for the next batter or bowler, corrections and the live panel. */
package cricket.desktop.scoring;
