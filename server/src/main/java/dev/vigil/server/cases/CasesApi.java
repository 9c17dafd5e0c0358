package dev.vigil.server.cases;

import dev.vigil.engine.postmarket.CaseReportDocument;
import dev.vigil.engine.render.JsonDocuments;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases under {@code /api/v1/cases}: list, intake, triage, milestones, the document, letter, advisory, publication. */
@RestController
@RequestMapping("/api/v1/cases")
class CasesApi {

    private final Cases cases;

    CasesApi(Cases cases) {
        this.cases = cases;
    }

    record Triage(String state, String assignee) {}

    record Milestone(String step, String date, String reportRule) {}

    record Publish(String meaning, String password) {}

    @GetMapping
    List<Map<String, Object>> list(@RequestParam(required = false) String product) {
        return cases.list(Optional.ofNullable(product)).stream()
                .map(CasesApi::summary)
                .toList();
    }

    /** FDA's postmarket figures from closed cases: share patched, identification to patch, patch to field. */
    @GetMapping("/metrics")
    Map<String, Object> metrics(@RequestParam(required = false) String product) {
        return metricsView(cases.metrics(Optional.ofNullable(product)));
    }

    static Map<String, Object> metricsView(dev.vigil.engine.postmarket.PostmarketMetrics.Metrics m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("closedCases", m.cases());
        out.put("vulnerabilities", m.vulnerabilities());
        out.put("patched", m.patched());
        out.put("patchedShare", m.patchedShare().<Object>map(x -> x).orElse("not assessable: no closed case"));
        out.put(
                "identificationToPatchDays",
                m.identificationToPatch().<Object>map(d -> d).orElse("not stated"));
        out.put("patchToFieldDays", m.patchToField().<Object>map(d -> d).orElse("not stated"));
        out.put("patchDateNotStated", m.notStatedPatch());
        out.put("fieldDateNotStated", m.notStatedField());
        return out;
    }

    @PostMapping("/{id}")
    ResponseEntity<Map<String, Object>> intake(@PathVariable String id, @RequestBody Cases.Intake body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(view(cases.intake(id, body)));
    }

    @GetMapping("/{id}/{caseId}")
    Map<String, Object> get(@PathVariable String id, @PathVariable String caseId) {
        return view(cases.get(id, caseId));
    }

    @PutMapping("/{id}/{caseId}/triage")
    Map<String, Object> triage(@PathVariable String id, @PathVariable String caseId, @RequestBody Triage body) {
        return view(
                cases.triage(id, caseId, body == null ? null : body.state(), body == null ? null : body.assignee()));
    }

    @PostMapping("/{id}/{caseId}/milestones")
    Map<String, Object> milestone(@PathVariable String id, @PathVariable String caseId, @RequestBody Milestone body) {
        Milestone m = body == null ? new Milestone(null, null, null) : body;
        return view(cases.milestone(id, caseId, m.step(), m.date(), m.reportRule()));
    }

    @GetMapping(path = "/{id}/{caseId}/document", produces = "application/yaml")
    String document(@PathVariable String id, @PathVariable String caseId) {
        return cases.get(id, caseId).stored().text();
    }

    @PutMapping(path = "/{id}/{caseId}/document")
    Map<String, Object> replace(@PathVariable String id, @PathVariable String caseId, @RequestBody String text) {
        return view(cases.replaceDocument(id, caseId, text));
    }

    @GetMapping(path = "/{id}/{caseId}/letter", produces = "text/markdown")
    String letter(@PathVariable String id, @PathVariable String caseId) {
        return cases.letter(id, caseId);
    }

    @GetMapping(path = "/{id}/{caseId}/advisory", produces = MediaType.APPLICATION_JSON_VALUE)
    String advisory(@PathVariable String id, @PathVariable String caseId) {
        return cases.advisory(id, caseId);
    }

    @PostMapping("/{id}/{caseId}/publications")
    ResponseEntity<Map<String, Object>> publish(
            @PathVariable String id, @PathVariable String caseId, @RequestBody Publish body) {
        CaseStore.Publication p =
                cases.publish(id, caseId, body == null ? null : body.meaning(), body == null ? null : body.password());
        return ResponseEntity.status(HttpStatus.CREATED).body(publication(p));
    }

    static Map<String, Object> summary(Cases.Checked c) {
        Map<String, Object> m = new LinkedHashMap<>();
        CaseStore.StoredCase s = c.stored();
        m.put("product", s.product());
        m.put("id", s.caseId());
        m.put("title", s.title());
        m.put("source", s.source());
        m.put("state", s.state());
        m.put("draft", s.draft());
        m.put("assignee", s.assignee().orElse(null));
        m.put("release", c.release().map(r -> r.version()).orElse(null));
        m.put("decision", c.report().map(r -> r.verdict().wire()).orElse("not assessable"));
        m.put("overdue", c.overdue());
        m.put("nextDue", c.nextDue().map(Object::toString).orElse(null));
        m.put("problem", c.problem().orElse(null));
        return m;
    }

    static Map<String, Object> view(Cases.Checked c) {
        Map<String, Object> m = summary(c);
        m.put("document", c.stored().text());
        m.put(
                "check",
                c.report()
                        .map(r -> (Object) new com.fasterxml.jackson.databind.ObjectMapper()
                                .convertValue(JsonDocuments.tree(CaseReportDocument.of(r)), Map.class))
                        .orElse(null));
        m.put(
                "releases",
                c.releases().stream()
                        .map(r -> Map.of("version", r.version(), "element", r.element(), "component", r.component()))
                        .toList());
        m.put(
                "publications",
                c.publications().stream().map(CasesApi::publication).toList());
        return m;
    }

    static Map<String, Object> publication(CaseStore.Publication p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", "/.well-known/csaf/white/" + p.year() + "/" + p.fileName());
        m.put("sha256", p.sha256());
        m.put("signedBy", p.printedName() + " (" + p.username() + ")");
        m.put("meaning", p.meaning());
        m.put("publishedAt", p.publishedAt().toString());
        return m;
    }
}
