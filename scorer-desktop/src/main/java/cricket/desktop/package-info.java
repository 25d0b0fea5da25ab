/** The JavaFX scoring console for the ground. */
package cricket.desktop;
