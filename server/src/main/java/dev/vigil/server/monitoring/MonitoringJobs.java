package dev.vigil.server.monitoring;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The monitor's jobs on the shared queue: the scheduled import ({@code vigil.feeds.interval}, default every 6
 * hours; it does nothing until an administrator sets a folder), the re-check after each import, and the
 * indexing of new releases ({@code vigil.feeds.index-interval}, default every minute), each run by one
 * instance only.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringJobs {

    static final String RECHECK = "feed-recheck";
    static final String IMPORT = "feed-import";
    static final String INDEX = "monitor-index";

    /** The job data of a re-check: which import's changed keys to re-check. */
    record RecheckRequest(long importId) implements Serializable {}

    @Bean
    OneTimeTask<RecheckRequest> feedRecheckTask(Recheck recheck) {
        return Tasks.oneTime(RECHECK, RecheckRequest.class)
                .execute((instance, context) ->
                        recheck.run(Optional.of(instance.getData().importId())));
    }

    /** Indexes new uploads soon after they land, so their baseline is the store they were assessed against. */
    @Bean
    RecurringTask<Void> monitorIndexTask(
            Recheck recheck, @Value("${vigil.feeds.index-interval:PT1M}") Duration interval) {
        return Tasks.recurring(INDEX, FixedDelay.of(interval))
                .execute((instance, context) -> recheck.run(Optional.empty()));
    }

    @Bean
    RecurringTask<Void> feedImportTask(
            @Lazy FeedMonitor monitor, @Value("${vigil.feeds.interval:PT6H}") Duration interval) {
        return Tasks.recurring(IMPORT, FixedDelay.of(interval))
                .execute((instance, context) -> monitor.importAs("schedule"));
    }
}
