package dev.vigil.server.products;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.server.audit.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders a release's report.html with its diagrams, the slow part of an assessment, as a background job
 * after the upload. The job queue runs it once across instances; the report is stored once and never
 * replaced.
 */
@Configuration(proxyBeanMethods = false)
class ReportRendering {

    static final String TASK = "render-report";

    private final ReleaseStore store;
    private final ModelAssessment engine;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReportRendering(
            ReleaseStore store,
            ModelAssessment engine,
            AuditTrail audit,
            TransactionTemplate transaction,
            Clock clock) {
        this.store = store;
        this.engine = engine;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * The assessments of the latest uploads on this instance, handed over to their render job, which then
     * only draws the diagrams. A job that finds none here (run by another instance, after a restart, or
     * after many uploads at once pushed it out) assesses the stored release again.
     */
    private final Map<Long, AssessResult> handedOver =
            Collections.synchronizedMap(new LinkedHashMap<>(32, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, AssessResult> eldest) {
                    return size() > HANDED_OVER;
                }
            });

    private static final int HANDED_OVER = 16;

    /** The upload's assessment of release {@code releaseId}, for its render job. */
    void handOver(long releaseId, AssessResult assessed) {
        handedOver.put(releaseId, assessed);
    }

    @Bean
    OneTimeTask<Long> renderReportTask() {
        return Tasks.oneTime(TASK, Long.class).execute((instance, context) -> render(instance.getData()));
    }

    /** Renders and stores the report of release {@code releaseId} unless it is stored already. */
    String render(long releaseId) {
        Optional<String> existing = store.reportHtml(releaseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ReleaseStore.Release release = store.release(releaseId).orElseThrow();
        AssessResult uploaded = handedOver.remove(releaseId);
        String html;
        if (uploaded != null) {
            html = engine.reportHtml(uploaded);
        } else {
            LocalDate date = release.uploadedAt().atZone(ZoneOffset.UTC).toLocalDate();
            html = engine.reportHtml(release.modelName(), store.files(releaseId), date);
        }
        try {
            return store(release, html);
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            return store.reportHtml(releaseId).orElseThrow(() -> raced); // stored meanwhile by another instance
        }
    }

    private String store(ReleaseStore.Release release, String html) {
        long releaseId = release.id();
        return transaction.execute(status -> {
            if (store.insertReportHtml(releaseId, html, clock.instant())) {
                audit.record(
                        "system",
                        "report.rendered",
                        Optional.of(release.product()),
                        "release " + release.product() + " " + release.version(),
                        "report.html with diagrams");
                return html;
            }
            return store.reportHtml(releaseId).orElseThrow();
        });
    }
}
