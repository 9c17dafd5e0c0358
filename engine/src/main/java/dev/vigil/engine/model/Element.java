package dev.vigil.engine.model;

/** Anything with an id in the model's single id space. */
public sealed interface Element
        permits SystemElement,
                EssentialFunction,
                Hazard,
                Zone,
                Conduit,
                Component,
                Component.Interface,
                DataItem,
                Flow,
                User,
                Secret,
                Update,
                UseCase,
                ProductionStep,
                Control,
                SecurityTest,
                Document,
                Assumption {

    String id();
}
