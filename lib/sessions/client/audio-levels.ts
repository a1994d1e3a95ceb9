"use client";

/** How loud (RMS of the waveform, 0..1) counts as speaking, and how long the indicator lingers. */
const SPEAKING_LEVEL = 0.02;
const HOLD_MS = 600;
const EVERY_MS = 150;

type Meter = { source: MediaStreamAudioSourceNode; analyser: AnalyserNode; samples: Float32Array<ArrayBuffer>; loudAt: number };

/**
 * Who is speaking, from the audio level of each stream: one AudioContext, an analyser per stream,
 * polled a few times a second. `onChange` hears the set of speaking keys when it changes.
 */
export class AudioLevels {
  private context: AudioContext | null = null;
  private readonly meters = new Map<string, Meter>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private speaking = new Set<string>();

  constructor(private readonly onChange: (speaking: ReadonlySet<string>) => void) {}

  /** Starts (or replaces) the meter for `key`; streams without audio are ignored. */
  watch(key: string, stream: MediaStream): void {
    this.unwatch(key);
    if (typeof AudioContext === "undefined" || stream.getAudioTracks().length === 0) return;
    this.context ??= new AudioContext();
    // Created outside a click (a rejoin after a reload), it may wait for the page's next gesture.
    if (this.context.state === "suspended") void this.context.resume().catch(() => undefined);
    const source = this.context.createMediaStreamSource(stream);
    const analyser = this.context.createAnalyser();
    analyser.fftSize = 512;
    source.connect(analyser);
    this.meters.set(key, { source, analyser, samples: new Float32Array(analyser.fftSize), loudAt: 0 });
    this.timer ??= setInterval(() => this.sample(), EVERY_MS);
  }

  unwatch(key: string): void {
    const meter = this.meters.get(key);
    if (!meter) return;
    meter.source.disconnect();
    this.meters.delete(key);
    if (this.speaking.delete(key)) this.onChange(new Set(this.speaking));
  }

  /** Lets a suspended context run (call from a user gesture). */
  resume(): void {
    if (this.context?.state === "suspended") void this.context.resume().catch(() => undefined);
  }

  close(): void {
    for (const key of [...this.meters.keys()]) this.unwatch(key);
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    void this.context?.close().catch(() => undefined);
    this.context = null;
  }

  private sample(): void {
    const now = Date.now();
    const speaking = new Set<string>();
    for (const [key, meter] of this.meters) {
      meter.analyser.getFloatTimeDomainData(meter.samples);
      let sum = 0;
      for (const sample of meter.samples) sum += sample * sample;
      if (Math.sqrt(sum / meter.samples.length) > SPEAKING_LEVEL) meter.loudAt = now;
      if (now - meter.loudAt < HOLD_MS) speaking.add(key);
    }
    const changed = speaking.size !== this.speaking.size || [...speaking].some((key) => !this.speaking.has(key));
    this.speaking = speaking;
    if (changed) this.onChange(new Set(speaking));
  }
}
