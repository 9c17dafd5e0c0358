package dev.vigil.server.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Store freshness, the feed folder and imports under {@code /api/v1/monitoring}. */
@RestController
@RequestMapping("/api/v1/monitoring")
class MonitoringApi {

    private final FeedMonitor monitor;

    MonitoringApi(FeedMonitor monitor) {
        this.monitor = monitor;
    }

    record Folder(String folder) {}

    @GetMapping
    Map<String, Object> status() {
        return view(monitor.status());
    }

    @PutMapping("/folder")
    Map<String, Object> folder(@RequestBody Folder body) {
        MonitorStore.Setting s = monitor.pointAt(body == null ? null : body.folder());
        return Map.of(
                "folder", s.folder(), "setBy", s.setBy(), "setAt", s.setAt().toString());
    }

    /** Imports the folder now and queues the re-check; the re-check's result shows in the cases it opens. */
    @PostMapping("/imports")
    Map<String, Object> importNow() {
        return view(monitor.importNow());
    }

    static Map<String, Object> view(FeedMonitor.Status s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("folder", s.setting().map(MonitorStore.Setting::folder).orElse(null));
        Map<String, String> last = new LinkedHashMap<>();
        for (String source : List.of("osv", "nvd", "csaf", "kev", "epss")) {
            last.put(
                    source,
                    s.lastImportBySource().containsKey(source)
                            ? s.lastImportBySource().get(source).toString()
                            : "never");
        }
        m.put("lastImportBySource", last);
        m.put(
                "store",
                s.stats()
                        .<Object>map(stats -> {
                            Map<String, Object> st = new LinkedHashMap<>();
                            st.put("records", stats.records());
                            st.put("bySource", stats.bySource());
                            st.put("newestBySource", stats.newestBySource());
                            st.put("knownExploited", stats.knownExploited());
                            st.put("epssScores", stats.epssScores());
                            st.put("epssScoreDate", stats.epssScoreDate());
                            return st;
                        })
                        .orElse("no advisory store yet: nothing was imported"));
        m.put("releasesIndexed", s.releasesIndexed());
        m.put("distinctComponents", s.distinctComponents());
        m.put("imports", s.imports().stream().map(MonitoringApi::view).toList());
        return m;
    }

    static Map<String, Object> view(MonitorStore.FeedImport i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("folder", i.folder());
        m.put("requestedBy", i.requestedBy());
        m.put("startedAt", i.startedAt().toString());
        m.put("finishedAt", i.finishedAt().toString());
        m.put("succeeded", i.succeeded());
        m.put("changedRecords", Map.of("osv", i.osv(), "nvd", i.nvd(), "csaf", i.csaf()));
        m.put("kevChanges", i.kevChanges());
        m.put("epssScores", i.epssScores());
        m.put("changedKeys", i.changedKeys());
        m.put("summary", i.summary());
        m.put("recheck", i.recheck().orElse("queued"));
        return m;
    }
}
