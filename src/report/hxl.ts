// HXL (Humanitarian Exchange Language, hxlstandard.org) hashtags for the claim export's columns,
// so tools such as HDX and the HXL Proxy can read the CSV without a mapping.
//
// One row is one claim, so the count columns are #affected with +min/+max; when every row is about
// one metric, its attribute is added (#affected+killed+min). Choices, column by column:
//   claim_id #meta+id            event_id #event+id              metric #indicator+metric
//   population #indicator+population                              min/max #affected(+metric)+min/+max
//   qualifier #indicator+hedge   figure #affected+text           claimant #org+claimant
//   claimant_canonical #org+claimant+canonical                   claimant_kind #org+claimant+type
//   status #status+verification  as_of #date (the day the figure describes)
//   main_event #meta+mainevent   review_state #status+review     extractor_version #meta+extractor
//   evidence #description+evidence, evidence_start/_end #meta+evidence+start/+end
//   document_id #meta+source+id  document_title #meta+source+title  outlet #meta+source+org
//   url #meta+source+url         published #date+reported (the carrying document's publication day)
import type { Metric } from "../domain/claim.js";

/** HXL attributes for the metrics: HXL's own +killed/+injured/+missing/+displaced, and ours for the rest. */
const METRIC_ATTRIBUTES: Record<Metric, string> = {
  killed: "killed",
  injured: "injured",
  detained: "detained",
  executed: "executed",
  sentenced_to_death: "sentenced_death",
  missing: "missing",
  displaced: "displaced",
};

export function hxlTags(singleMetric: Metric | null): Record<string, string> {
  const affected = singleMetric ? `#affected+${METRIC_ATTRIBUTES[singleMetric]}` : "#affected";
  return {
    claim_id: "#meta+id",
    event_id: "#event+id",
    metric: "#indicator+metric",
    population: "#indicator+population",
    min: `${affected}+min`,
    max: `${affected}+max`,
    qualifier: "#indicator+hedge",
    figure: `${affected}+text`,
    claimant: "#org+claimant",
    claimant_canonical: "#org+claimant+canonical",
    claimant_kind: "#org+claimant+type",
    status: "#status+verification",
    as_of: "#date",
    main_event: "#meta+mainevent",
    review_state: "#status+review",
    extractor_version: "#meta+extractor",
    evidence: "#description+evidence",
    evidence_start: "#meta+evidence+start",
    evidence_end: "#meta+evidence+end",
    document_id: "#meta+source+id",
    document_title: "#meta+source+title",
    outlet: "#meta+source+org",
    url: "#meta+source+url",
    published: "#date+reported",
  };
}
