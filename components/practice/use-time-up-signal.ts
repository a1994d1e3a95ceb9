"use client";

import { useEffect, useRef, useState } from "react";
import { apiRequest } from "@/lib/http/client-request";
import type { ClockView } from "@/lib/sessions/clock";

function beep(): void {
  try {
    const context = new AudioContext();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.15, context.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + 0.6);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    oscillator.stop(context.currentTime + 0.6);
    oscillator.onended = () => void context.close();
  } catch {
    // No audio available: the visual signal still shows.
  }
}

/** Whether the sound is on (an account setting), and a beep once each time a phase runs out. */
export function useTimeUpSignal(clock: ClockView, initiallyOn: boolean) {
  const [sound, setSound] = useState(initiallyOn);
  const announced = useRef<string | null>(null);
  const phaseKey = `${clock.phaseIndex}`;
  const timeUp = !clock.finished && clock.phaseRemainingMs <= 0;
  useEffect(() => {
    if (!timeUp || announced.current === phaseKey) return;
    announced.current = phaseKey;
    if (sound) beep();
  }, [timeUp, phaseKey, sound]);
  return {
    timeUp,
    sound,
    toggleSound: () => {
      const next = !sound;
      setSound(next);
      // Remembered with the account, as on the settings page; the room works on if saving fails.
      void apiRequest("/api/me/settings", { method: "PATCH", body: { sounds: next } });
      if (next) beep();
    },
  };
}
