/**
 * The wire contract: the records the server sends and the console reads, defined once for both sides. Plain
 * records with Jackson annotations at most; they may use the engine's types, and nothing else of ours.
 */
package cricket.api;
