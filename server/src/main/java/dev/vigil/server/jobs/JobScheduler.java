package dev.vigil.server.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The background job queue: db-scheduler over the {@code scheduled_tasks} table of the server's own
 * database. An instance picks a due job with an optimistic lock on its row, so each job runs once even
 * when several instances share one PostgreSQL. Features contribute their jobs as {@link Task} beans.
 */
@Configuration(proxyBeanMethods = false)
class JobScheduler {

    private Scheduler scheduler;

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(
            DataSource dataSource,
            List<Task<?>> tasks,
            @Value("${vigil.jobs.poll-interval:2s}") Duration pollInterval,
            @Value("${vigil.jobs.threads:2}") int threads) {
        // Transaction-aware: a job scheduled inside a feature's transaction commits or rolls back with it.
        scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .threads(threads)
                .pollingInterval(pollInterval)
                .enableImmediateExecution()
                .build();
        return scheduler;
    }

    /** Started once the application is ready, so no job runs against a half-built context. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.start();
    }
}
