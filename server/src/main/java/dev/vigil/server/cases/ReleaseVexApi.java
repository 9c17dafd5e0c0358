package dev.vigil.server.cases;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A release's CSAF VEX under the release's own path: the document as it would be published now, its
 * publications, and a signed publication into the provider directory. Served by the cases module because the
 * cases decide its statuses and it is published with their advisories.
 */
@RestController
@RequestMapping("/api/v1/products/{id}/releases/{version}/vex")
class ReleaseVexApi {

    private final ReleaseVexes vexes;

    ReleaseVexApi(ReleaseVexes vexes) {
        this.vexes = vexes;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    String preview(@PathVariable String id, @PathVariable String version) {
        return vexes.preview(id, version);
    }

    @GetMapping("/publications")
    List<Map<String, Object>> publications(@PathVariable String id, @PathVariable String version) {
        return vexes.publications(id, version).stream()
                .map(CasesApi::publication)
                .toList();
    }

    @PostMapping("/publications")
    ResponseEntity<Map<String, Object>> publish(
            @PathVariable String id, @PathVariable String version, @RequestBody CasesApi.Publish body) {
        CaseStore.Publication p =
                vexes.publish(id, version, body == null ? null : body.meaning(), body == null ? null : body.password());
        return ResponseEntity.status(HttpStatus.CREATED).body(CasesApi.publication(p));
    }
}
