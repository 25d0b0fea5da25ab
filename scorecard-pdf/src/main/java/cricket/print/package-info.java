/**
 * The printed scorecard: {@link cricket.print.ScorecardPdf} turns the engine's {@link cricket.scoring.Scorecard} into
 * a PDF (Apache PDFBox). One renderer for both sides: the server caches its output as the scorecard.pdf view, the
 * console writes it from its own engine state (so a scorer can print the card offline). It lives in its own module
 * so the engine (shared-dto) keeps to the JDK and Jackson.
 */
package cricket.print;
