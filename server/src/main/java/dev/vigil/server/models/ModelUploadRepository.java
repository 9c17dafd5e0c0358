package dev.vigil.server.models;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ModelUploadRepository extends ListCrudRepository<ModelUpload, Long> {

    List<ModelUpload> findAllByOrderByUploadedAtDesc();
}
