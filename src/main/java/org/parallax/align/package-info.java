/**
 * Suggesting which claims of one essay answer which claims of the other.
 *
 * <p>Two opposing essays are not translations: they order their claims differently, many claims
 * have no counterpart and one claim may answer several. So nothing here follows a monotonic path.
 * {@link org.parallax.align.Aligner} proceeds in four steps:
 *
 * <ol>
 *   <li><b>Features.</b> Each claim is analysed once: stemmed content words without stop words
 *       (Lucene's English analysis), proper names, day-and-month dates ("September 19th" = "19
 *       September"), numbers in digits or words, and contested names from the {@link
 *       org.parallax.align.EquivalenceLexicon} ("Khankendi" = "Stepanakert"), which count as one
 *       referent. When the meaning model is available, each claim also gets a sentence embedding
 *       ({@link org.parallax.align.SentenceEmbedder}, all-MiniLM-L6-v2 run in process by {@link
 *       org.parallax.align.BertEncoder}, one sentence per model call on every core).
 *   <li><b>Candidates.</b> For each claim, the few claims of the other side worth scoring: the best
 *       by shared words and names (through an inverted index) and the nearest in meaning (top k of
 *       one pass of dot products). No dense table of all pairs is kept.
 *   <li><b>Scores.</b> Each candidate pair gets a weighted mean of the scoring signals (meaning,
 *       BM25 words, names/dates/numbers; see {@code PairSignal} and {@code Signals}), then margin
 *       scoring subtracts part of the mean score of both claims' nearest other partners, so a
 *       generic claim that resembles everything gains little from any one pair.
 *   <li><b>Links.</b> Pairs above the minimum score that are near the best of both their claims
 *       become suggestions; pairs sharing a claim form 1-n or n-1 links, and a link takes in a
 *       claim next to one of its claims (same paragraph) whose own best partner is the link's claim
 *       on the other side, so one claim can answer consecutive sentences. Each link carries a score
 *       in [0, 1] and reasons a reader understands: "same event: 19 September; shared: Lachin road,
 *       checkpoint; equivalent: Khankendi = Stepanakert; meaning similarity 0.71". Position in the
 *       texts only breaks ties.
 *   <li><b>Relations.</b> Each suggestion gets a suggested relation (agree, contradict, reframe,
 *       partial) with its reasons, from the same features: {@code RelationRules} asks small {@code
 *       RelationRule}s in order of priority (figures or days that differ, a figure quoted to be
 *       corrected, the same day, the reader's paired framing terms, a denial on both sides, a
 *       contested name, a denial or an opposite on one side only, close meaning, a shared figure or
 *       share, a qualifier or wider coverage). It is kept apart from the reader's relation on the
 *       link. {@link org.parallax.align.Aligner#suggestRelations} runs this step alone, with the
 *       reader's {@link org.parallax.align.PairedTerm}s.
 *   <li><b>Runners-up.</b> Every claim's best partners, suggested or not ({@code CandidateTable}),
 *       ranked from the same candidate pairs with each claim's meaning read with its paragraph
 *       ({@code ParagraphMeaning}) and a small preference for partners at the same place in the
 *       other text. A partner's reasons are worded only when asked for (the window asks for the few
 *       it shows).
 * </ol>
 *
 * <p>Learning from the reader's decisions (refitting the weights and the minimum score) was tried
 * and measured by simulation on the gold set; it did not help on held-out pairs
 * (docs/benchmarks.md), so it is not part of the app: the learner and the table of signal values it
 * reads live in the test sources ({@code DecisionLearner}, {@code PairFeatures}), beside the
 * benchmark that measures it.
 *
 * <p>If the meaning model cannot load (for example the native runtime is missing), alignment uses
 * the lexical signals alone and says so in {@link org.parallax.align.AlignmentResult#notices()}.
 * All thresholds and weights live in {@link org.parallax.align.AlignmentSettings}.
 */
package org.parallax.align;
