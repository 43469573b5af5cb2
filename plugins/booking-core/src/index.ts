export * from "./time-range"
export * from "./geo"
export * from "./travel-time"
export * from "./working-hours"
