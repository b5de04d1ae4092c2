// Scores the extractor on small held-out sets of Persian, Arabic and Turkish reports
// (test/fixtures/{fa,ar,tr}-holdout, five per language, and {fa,ar,tr}-holdout2 and -holdout3, six each: NAME.txt beside NAME.json). They were written
// in our own words, in phrasings the tuned fixtures (fixtures-languages.test.ts) do not use ("X told
// Y", "according to figures released by X", a spokesman, the passive, numbers in words, Solar
// Hijri and Hijri dates), and annotated from the claims contract before the extractor was run on
// them: their scores are the better estimate of how the packs read reports they were not tuned on.
// The floors are regression guards set a little under what was measured.
import { join } from "node:path";
import { describeAnnotatedSet } from "./support/annotated-set.js";

const FIXTURES = join(import.meta.dirname, "fixtures");

// Measured before any fix they prompted (pack pipeline at 849b257): F1 fa 0.756, ar 0.889, tr 0.909.
// Measured after the general fixes they revealed: F1 fa 1.000, ar 0.889, tr 0.977 (claimant fa 1.000,
// ar 1.000, tr 0.895; asOf fa 0.714, ar 0.875, tr 0.750). The first figures are the honest estimate
// for unseen reports: the later ones were reached by fixing what these reports showed.
// After the fixes the second held-out sets prompted (branch lang-accuracy): F1 fa 1.000, ar 0.944, tr 1.000
// (claimant 1.000, 1.000, 0.900; asOf 0.905, 0.875, 0.905).
describeAnnotatedSet({ label: "fa-holdout", texts: join(FIXTURES, "fa-holdout"), gold: join(FIXTURES, "fa-holdout"), minReports: 5, minF1: 0.97 });
describeAnnotatedSet({ label: "ar-holdout", texts: join(FIXTURES, "ar-holdout"), gold: join(FIXTURES, "ar-holdout"), minReports: 5, minF1: 0.92 });
describeAnnotatedSet({ label: "tr-holdout", texts: join(FIXTURES, "tr-holdout"), gold: join(FIXTURES, "tr-holdout"), minReports: 5, minF1: 0.95 });

// A second held-out set (test/fixtures/{fa,ar,tr}-holdout2, six reports per language: quakes, floods, wars,
// protests, executions, displacement), written and annotated before the extractor was run on them.
// First run (pack pipeline at 3ff9a0d), the honest estimate for unseen reports: F1 fa 0.982, ar 0.879,
// tr 0.947; claimant fa 0.852, ar 0.815, tr 0.800; asOf fa 0.560, ar 0.571, tr 0.600. After the general
// fixes they prompted: F1 1.000, 1.000, 1.000; claimant 1.000, 1.000, 1.000; asOf 0.962, 0.939, 1.000.
describeAnnotatedSet({ label: "fa-holdout2", texts: join(FIXTURES, "fa-holdout2"), gold: join(FIXTURES, "fa-holdout2"), minReports: 6, minF1: 0.97 });
describeAnnotatedSet({ label: "ar-holdout2", texts: join(FIXTURES, "ar-holdout2"), gold: join(FIXTURES, "ar-holdout2"), minReports: 6, minF1: 0.97 });
describeAnnotatedSet({ label: "tr-holdout2", texts: join(FIXTURES, "tr-holdout2"), gold: join(FIXTURES, "tr-holdout2"), minReports: 6, minF1: 0.97 });

// A third held-out set (test/fixtures/{fa,ar,tr}-holdout3, six reports per language: quakes, shipwrecks,
// floods, a dam collapse, protests, executions, strikes, detentions, an exodus), written and annotated
// before the extractor was run on them. First run (pack pipeline at d4d9aa5), the honest estimate for
// unseen reports: F1 fa 0.877, ar 0.800, tr 0.914 (precision 0.889, 0.857, 1.000; recall 0.865, 0.750,
// 0.842); claimant fa 0.679, ar 0.909, tr 0.517; asOf fa 0.793, ar 0.600, tr 0.517; status fa 0.969,
// ar 1.000, tr 1.000; population fa 0.906, ar 1.000, tr 1.000; mainEvent fa 1.000, ar 0.875, tr 1.000.
// Two gold fixes since (workers under rubble and workers sought are population other, as the fixtures'
// rules have it) touch only population. After the general fixes they prompted (branch langs3): F1 fa 0.959,
// ar 0.952, tr 0.930; claimant 0.903, 0.964, 0.933; asOf 0.969, 0.880, 0.867; then the year a headline sets
// ranked above the day a source last spoke, and a year with a locative ending read as a year: tr asOf 0.933.
describeAnnotatedSet({ label: "fa-holdout3", texts: join(FIXTURES, "fa-holdout3"), gold: join(FIXTURES, "fa-holdout3"), minReports: 6, minF1: 0.95 });
describeAnnotatedSet({ label: "ar-holdout3", texts: join(FIXTURES, "ar-holdout3"), gold: join(FIXTURES, "ar-holdout3"), minReports: 6, minF1: 0.95 });
describeAnnotatedSet({ label: "tr-holdout3", texts: join(FIXTURES, "tr-holdout3"), gold: join(FIXTURES, "tr-holdout3"), minReports: 6, minF1: 0.92 });
