/** Cricsheet import (a file becomes a fixture with its teams, squads and every event) and export. */
package cricket.server.cricsheet;
