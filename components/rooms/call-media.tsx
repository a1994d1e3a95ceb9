"use client";

import { useEffect, useRef } from "react";

/** A muted, inline video of a stream (the sound plays through CallAudio, whatever the layout). */
export function StreamVideo({ stream, mirrored = false, label }: { stream: MediaStream; mirrored?: boolean; label: string }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (video && video.srcObject !== stream) video.srcObject = stream;
  }, [stream]);
  return <video ref={ref} autoPlay playsInline muted aria-label={label} className={`h-full w-full object-cover ${mirrored ? "-scale-x-100" : ""}`} />;
}

type SinkAudio = HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };

/** Plays one person's sound on the chosen speaker; rendered for every peer, wherever the tiles are. */
export function StreamAudio({ stream, speakerId }: { stream: MediaStream; speakerId?: string }) {
  const ref = useRef<SinkAudio>(null);
  useEffect(() => {
    const audio = ref.current;
    if (audio && audio.srcObject !== stream) audio.srcObject = stream;
  }, [stream]);
  useEffect(() => {
    const audio = ref.current;
    if (audio && speakerId && audio.setSinkId) void audio.setSinkId(speakerId).catch(() => undefined);
  }, [speakerId]);
  return <audio ref={ref} autoPlay data-testid="call-audio" />;
}

/** Whether this browser lets a page choose the speaker. */
export const canChooseSpeaker = () => typeof HTMLMediaElement !== "undefined" && "setSinkId" in HTMLMediaElement.prototype;
