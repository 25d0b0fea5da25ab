/**
 * The public read API (no login): live summary, scorecard, commentary pages, match lists and the seed API's
 * live score. Bodies come from {@link cricket.server.publicread.PublicViews}, which the cache replaces.
 */
package cricket.server.publicread;
