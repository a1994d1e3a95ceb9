"use client";

import { useEffect, useRef, useState } from "react";
import type { ClockView } from "@/lib/sessions/clock";

const SOUND_KEY = "sdp:sound";

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

/** Whether the sound is on (remembered per browser), and a beep once each time a phase runs out. */
export function useTimeUpSignal(clock: ClockView) {
  const [sound, setSound] = useState(false);
  const announced = useRef<string | null>(null);
  useEffect(() => {
    setSound(localStorage.getItem(SOUND_KEY) === "on"); // eslint-disable-line react-hooks/set-state-in-effect -- read a browser-only setting after mount
  }, []);
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
      localStorage.setItem(SOUND_KEY, next ? "on" : "off");
      setSound(next);
      if (next) beep();
    },
  };
}
