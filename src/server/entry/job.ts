/** Entry of the Scheduled Script Job. Wiring (Glide ports → core runJob) is owned by the Glide adapters work. */
export function runScheduledSync(): void {
    // placeholder until the Glide adapters land
}
