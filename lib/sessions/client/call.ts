"use client";

import { request, type RealtimeClient } from "@/lib/realtime/client";
import type { CallMedia, CallPeer, CallSignal, IceServer } from "../call/schemas";
import { AudioLevels } from "./audio-levels";

/** How the connection to one other person is doing, in the words the tile shows. */
export type PeerLink = "connecting" | "connected" | "reconnecting" | "failed";

export type CallPeerView = { connId: string; userId: string; media: CallMedia; stream: MediaStream; link: PeerLink };

export type DeviceKind = "audioinput" | "videoinput" | "audiooutput";
export type CallDevices = Record<DeviceKind, { deviceId: string; label: string }[]>;

export type CallState = {
  /** idle: not in the call; starting: asking for the devices or joining; joined: in the call. */
  status: "idle" | "starting" | "joined";
  error: string | null;
  /** A problem that does not end the call (a camera that would not start). */
  warning: string | null;
  media: CallMedia;
  localStream: MediaStream | null;
  peers: CallPeerView[];
  /** Keys of who is speaking now: "self" or a peer's connId. */
  speaking: ReadonlySet<string>;
  devices: CallDevices;
  chosen: Partial<Record<DeviceKind, string>>;
};

type Peer = CallPeerView & {
  pc: RTCPeerConnection;
  /** Candidates that arrived before the description they belong to. */
  pending: RTCIceCandidateInit[];
  /** The side with the smaller connection id makes the offers, so two never cross. */
  offerer: boolean;
  failures: number;
  everConnected: boolean;
  /** Ends a first attempt that never gets anywhere (see CONNECT_TIMEOUT_MS). */
  giveUpTimer: ReturnType<typeof setTimeout>;
};

const NO_DEVICES: CallDevices = { audioinput: [], videoinput: [], audiooutput: [] };
const MAX_ICE_RESTARTS = 2;
/**
 * When one side has no usable address at all (a network or policy that blocks direct UDP, and no
 * TURN server), the browser never reports "failed": its checks simply never start. Past this, a
 * link that has never come up is said to have failed, so the person is told why.
 */
const CONNECT_TIMEOUT_MS = 20_000;
const remembered = (sessionId: string) => `sdp:call:${sessionId}`;

/** Why the browser gave no microphone or camera, and what to do about it. */
export function describeMediaError(error: unknown, wantedCamera: boolean): string {
  const what = wantedCamera ? "microphone and camera" : "microphone";
  const name = error instanceof Error || (typeof DOMException !== "undefined" && error instanceof DOMException) ? error.name : "";
  switch (name) {
    case "NotAllowedError":
    case "SecurityError":
      return `The browser was not allowed to use your ${what}. Allow it in the site's settings (the icon beside the address), then press Join call again.`;
    case "NotFoundError":
    case "OverconstrainedError":
      return `No ${what} was found. Plug one in, or join without the camera.`;
    case "NotReadableError":
    case "AbortError":
      return `Your ${what} could not be started: another app may be using it. Close it and try again.`;
    default:
      return typeof navigator !== "undefined" && !navigator.mediaDevices
        ? "This page cannot use a microphone: the browser allows calls only on https:// addresses and on localhost."
        : `Your ${what} could not be used. Try again, or use another call app.`;
  }
}

/**
 * The room's call for the page: a mesh of peer connections, one per other person, signalled
 * through the room's socket ("call:*" events). Media flows between the browsers only. The page
 * remembers (per tab) that it was in the call, so a reload or a reconnect joins it again.
 */
export class CallChannel {
  private state: CallState = {
    status: "idle",
    error: null,
    warning: null,
    media: { audio: true, video: false },
    localStream: null,
    peers: [],
    speaking: new Set(),
    devices: NO_DEVICES,
    chosen: {},
  };
  private readonly listeners = new Set<() => void>();
  private readonly peers = new Map<string, Peer>();
  private socket: RealtimeClient | null = null;
  private local: MediaStream | null = null;
  private iceServers: IceServer[] = [];
  /** This page's connection id in the call, kept across a reconnect to say which one it replaces. */
  private connId: string | null = null;
  /** Resolves once the server has answered the latest join: events about the call wait for it. */
  private entered: Promise<boolean> = Promise.resolve(false);
  private entering: Promise<boolean> | null = null;
  private readonly levels = new AudioLevels((speaking) => this.set({ speaking }));

  constructor(private readonly sessionId: string) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getState = () => this.state;

  attach(socket: RealtimeClient): void {
    this.socket = socket;
    socket.on("connect", this.onConnect);
    socket.on("call:peer-joined", this.onPeerJoined);
    socket.on("call:peer-left", this.onPeerLeft);
    socket.on("call:media", this.onMedia);
    socket.on("call:signal", this.onSignal);
    const again = this.rememberedChoice();
    if (again) void this.join(again);
  }

  detach(): void {
    const socket = this.socket;
    if (socket) {
      socket.off("connect", this.onConnect);
      socket.off("call:peer-joined", this.onPeerJoined);
      socket.off("call:peer-left", this.onPeerLeft);
      socket.off("call:media", this.onMedia);
      socket.off("call:signal", this.onSignal);
    }
    this.hangUp();
    this.levels.close();
    this.socket = null;
  }

  /** Asks for the microphone (and the camera when `video`), then joins the room's call. */
  async join({ video }: { video: boolean }): Promise<void> {
    if (this.state.status !== "idle") return;
    this.levels.resume();
    this.set({ status: "starting", error: null, warning: null });
    let stream: MediaStream;
    let warning: string | null = null;
    try {
      stream = await navigator.mediaDevices.getUserMedia(this.constraints(true, video));
    } catch (error) {
      if (!video) return this.set({ status: "idle", error: describeMediaError(error, false) });
      // No camera, or it is busy: join with the microphone alone rather than not at all.
      try {
        stream = await navigator.mediaDevices.getUserMedia(this.constraints(true, false));
        warning = `${describeMediaError(error, true)} You joined with audio only.`;
      } catch (second) {
        return this.set({ status: "idle", error: describeMediaError(second, false) });
      }
    }
    if (this.getState().status !== "starting") return void stopTracks(stream); // left meanwhile
    this.local = stream;
    this.levels.watch("self", stream);
    const media = { audio: true, video: stream.getVideoTracks().length > 0 };
    this.remember({ video: media.video });
    this.set({ media, localStream: new MediaStream(stream.getTracks()), warning });
    void this.listDevices();
    navigator.mediaDevices.addEventListener?.("devicechange", this.listDevices);
    await this.enter();
  }

  async leave(): Promise<void> {
    const socket = this.socket;
    this.forget();
    this.hangUp();
    this.set({ status: "idle", error: null, warning: null });
    if (socket?.connected) await request(socket, "call:leave", { sessionId: this.sessionId }).catch(() => undefined);
  }

  setMuted(muted: boolean): void {
    for (const track of this.local?.getAudioTracks() ?? []) track.enabled = !muted;
    this.announceMedia({ ...this.state.media, audio: !muted });
  }

  async setCamera(on: boolean): Promise<void> {
    const local = this.local;
    if (!local) return;
    if (on) {
      let track: MediaStreamTrack | undefined;
      try {
        track = (await navigator.mediaDevices.getUserMedia(this.constraints(false, true))).getVideoTracks()[0];
      } catch (error) {
        return this.set({ warning: describeMediaError(error, true) });
      }
      if (!track || this.local !== local) return track?.stop();
      local.addTrack(track);
      await Promise.all([...this.peers.values()].map((peer) => senderOf(peer.pc, "video")?.replaceTrack(track)));
    } else {
      for (const track of local.getVideoTracks()) {
        track.stop();
        local.removeTrack(track);
      }
      await Promise.all([...this.peers.values()].map((peer) => senderOf(peer.pc, "video")?.replaceTrack(null)));
    }
    this.remember({ video: on });
    this.set({ localStream: new MediaStream(local.getTracks()), warning: null });
    this.announceMedia({ ...this.state.media, video: on });
  }

  /** Switches the microphone or camera in use (the speaker is applied by the page's audio elements). */
  async useDevice(kind: DeviceKind, deviceId: string): Promise<void> {
    this.set({ chosen: { ...this.state.chosen, [kind]: deviceId } });
    const local = this.local;
    if (kind === "audiooutput" || !local) return;
    const trackKind = kind === "audioinput" ? "audio" : "video";
    const old = trackKind === "audio" ? local.getAudioTracks()[0] : local.getVideoTracks()[0];
    if (trackKind === "video" && !old) return; // the camera is off: the choice applies when it is turned on
    let track: MediaStreamTrack | undefined;
    try {
      const stream = await navigator.mediaDevices.getUserMedia(trackKind === "audio" ? this.constraints(true, false) : this.constraints(false, true));
      track = stream.getTracks()[0];
    } catch (error) {
      return this.set({ warning: describeMediaError(error, trackKind === "video") });
    }
    if (!track || this.local !== local) return track?.stop();
    if (old) {
      track.enabled = old.enabled;
      old.stop();
      local.removeTrack(old);
    }
    local.addTrack(track);
    await Promise.all([...this.peers.values()].map((peer) => senderOf(peer.pc, trackKind)?.replaceTrack(track)));
    if (trackKind === "audio") this.levels.watch("self", local);
    this.set({ localStream: new MediaStream(local.getTracks()), warning: null });
  }

  private listDevices = async () => {
    const all = await navigator.mediaDevices.enumerateDevices().catch(() => [] as MediaDeviceInfo[]);
    const devices: CallDevices = { audioinput: [], videoinput: [], audiooutput: [] };
    for (const device of all) {
      if (!device.deviceId) continue;
      devices[device.kind].push({ deviceId: device.deviceId, label: device.label || `${device.kind === "audioinput" ? "Microphone" : device.kind === "videoinput" ? "Camera" : "Speaker"} ${devices[device.kind].length + 1}` });
    }
    this.set({ devices });
  };

  private constraints(audio: boolean, video: boolean): MediaStreamConstraints {
    const { audioinput, videoinput } = this.state.chosen;
    return {
      audio: audio ? (audioinput ? { deviceId: { exact: audioinput } } : true) : false,
      video: video ? { ...(videoinput ? { deviceId: { exact: videoinput } } : {}), width: { ideal: 640 }, height: { ideal: 360 } } : false,
    };
  }

  private announceMedia(media: CallMedia): void {
    this.set({ media });
    const socket = this.socket;
    if (socket?.connected && this.state.status === "joined") void request(socket, "call:media", { sessionId: this.sessionId, media }).catch(() => undefined);
  }

  /** Joins on the server (again after a reconnect: every peer connection is made afresh). */
  private enter(): Promise<boolean> {
    if (this.entering) return this.entering;
    const socket = this.socket;
    if (!socket?.connected || !this.local) return Promise.resolve(false);
    const replaces = this.connId && this.connId !== socket.id ? this.connId : undefined;
    this.closePeers();
    this.entering = (async () => {
      const ack = await request(socket, "call:join", { sessionId: this.sessionId, media: this.state.media, ...(replaces ? { replaces } : {}) }).catch(() => null);
      if (!this.local) return false;
      if (!ack) {
        this.set({ warning: "The server did not answer; the call joins again once the connection is back." });
        return false;
      }
      if (!ack.ok) {
        this.forget();
        this.hangUp();
        this.set({ status: "idle", error: ack.error.message });
        return false;
      }
      this.connId = ack.data.connId;
      this.iceServers = ack.data.iceServers;
      this.set({ status: "joined", warning: this.state.warning?.startsWith("The server did not answer") ? null : this.state.warning });
      for (const peer of ack.data.peers) this.addPeer(peer);
      return true;
    })().finally(() => (this.entering = null));
    this.entered = this.entering;
    return this.entering;
  }

  private onConnect = () => {
    if (this.local) void this.enter();
  };

  private onPeerJoined = async ({ sessionId, replaces, ...peer }: { sessionId: string; replaces?: string } & CallPeer) => {
    if (sessionId !== this.sessionId || !(await this.entered)) return;
    if (replaces) this.dropPeer(replaces);
    this.addPeer(peer);
  };

  private onPeerLeft = ({ sessionId, connId }: { sessionId: string; connId: string }) => {
    if (sessionId === this.sessionId) this.dropPeer(connId);
  };

  private onMedia = ({ sessionId, connId, media }: { sessionId: string; connId: string; media: CallMedia }) => {
    const peer = this.peers.get(connId);
    if (sessionId !== this.sessionId || !peer) return;
    peer.media = media;
    this.publishPeers();
  };

  private onSignal = async (
    { sessionId, from, fromUserId, signal }: { sessionId: string; from: string; fromUserId: string; signal: CallSignal },
    ack: (received: true) => void,
  ) => {
    ack(true);
    if (sessionId !== this.sessionId || !(await this.entered)) return;
    let peer = this.peers.get(from);
    if (!peer && signal.type === "offer") peer = this.addPeer({ connId: from, userId: fromUserId, media: { audio: true, video: false } });
    if (!peer) return; // about a connection already closed
    try {
      await this.handleSignal(peer, signal);
    } catch {
      // A description this browser cannot use (or one overtaken by a newer one): the connection
      // state handler reports the link if it never comes up.
    }
  };

  private async handleSignal(peer: Peer, signal: CallSignal): Promise<void> {
    const { pc } = peer;
    if (signal.type === "candidate") {
      if (pc.remoteDescription) await pc.addIceCandidate(signal.candidate).catch(() => undefined);
      else peer.pending.push(signal.candidate);
      return;
    }
    if (signal.type === "answer") {
      if (pc.signalingState !== "have-local-offer") return;
      await pc.setRemoteDescription({ type: "answer", sdp: signal.sdp });
    } else {
      await pc.setRemoteDescription({ type: "offer", sdp: signal.sdp });
      // Send on the transceivers the offer made, so the camera can come and go with replaceTrack.
      for (const transceiver of pc.getTransceivers()) {
        const kind = transceiver.receiver.track.kind as "audio" | "video";
        transceiver.direction = "sendrecv";
        const track = this.local?.getTracks().find((candidate) => candidate.kind === kind) ?? null;
        if (transceiver.sender.track !== track) await transceiver.sender.replaceTrack(track);
        if (this.local) transceiver.sender.setStreams?.(this.local);
      }
      await pc.setLocalDescription(await pc.createAnswer());
      this.signal(peer.connId, { type: "answer", sdp: pc.localDescription!.sdp });
    }
    for (const candidate of peer.pending.splice(0)) await pc.addIceCandidate(candidate).catch(() => undefined);
  }

  private addPeer({ connId, userId, media }: CallPeer): Peer | undefined {
    const own = this.socket?.id;
    if (!own || connId === own) return;
    const known = this.peers.get(connId);
    if (known) {
      known.media = media;
      this.publishPeers();
      return known;
    }
    const pc = new RTCPeerConnection({ iceServers: this.iceServers });
    const peer: Peer = {
      connId,
      userId,
      media,
      stream: new MediaStream(),
      link: "connecting",
      pc,
      pending: [],
      offerer: own < connId,
      failures: 0,
      everConnected: false,
      giveUpTimer: setTimeout(() => {
        if (this.peers.get(connId) === peer && !peer.everConnected) this.setLink(peer, "failed");
      }, CONNECT_TIMEOUT_MS),
    };
    this.peers.set(connId, peer);
    pc.ontrack = ({ track }) => {
      // A new stream object each time, so the page's media elements see the change.
      peer.stream = new MediaStream([...peer.stream.getTracks().filter((other) => other.kind !== track.kind), track]);
      if (track.kind === "audio") this.levels.watch(connId, peer.stream);
      this.publishPeers();
    };
    pc.onicecandidate = ({ candidate }) => {
      if (candidate) this.signal(connId, { type: "candidate", candidate: candidate.toJSON() as Extract<CallSignal, { type: "candidate" }>["candidate"] });
    };
    pc.onconnectionstatechange = () => this.onLinkChange(peer);
    if (peer.offerer) {
      for (const kind of ["audio", "video"] as const) {
        const track = this.local?.getTracks().find((candidate) => candidate.kind === kind);
        pc.addTransceiver(track ?? kind, { direction: "sendrecv", streams: this.local ? [this.local] : [] });
      }
      void this.offer(peer, false);
    }
    this.publishPeers();
    return peer;
  }

  private async offer(peer: Peer, iceRestart: boolean): Promise<void> {
    try {
      await peer.pc.setLocalDescription(await peer.pc.createOffer({ iceRestart }));
      this.signal(peer.connId, { type: "offer", sdp: peer.pc.localDescription!.sdp });
    } catch {
      this.setLink(peer, "failed");
    }
  }

  private onLinkChange(peer: Peer): void {
    if (this.peers.get(peer.connId) !== peer) return;
    switch (peer.pc.connectionState) {
      case "connected":
        peer.failures = 0;
        peer.everConnected = true;
        return this.setLink(peer, "connected");
      case "disconnected":
        // Often a blip that ICE repairs by itself within seconds.
        return this.setLink(peer, "reconnecting");
      case "failed": {
        peer.failures++;
        const giveUp = peer.failures > MAX_ICE_RESTARTS;
        // The offerer restarts ICE; a link that never came up is said to have failed at once,
        // since without a TURN server another attempt rarely finds a path.
        if (peer.offerer && !giveUp) {
          peer.pc.restartIce();
          void this.offer(peer, true);
        }
        return this.setLink(peer, giveUp || !peer.everConnected ? "failed" : "reconnecting");
      }
      default:
        if (peer.link !== "failed" && !peer.everConnected) this.setLink(peer, "connecting");
    }
  }

  private setLink(peer: Peer, link: PeerLink): void {
    if (peer.link === link) return;
    peer.link = link;
    this.publishPeers();
  }

  private signal(to: string, signal: CallSignal): void {
    const socket = this.socket;
    if (!socket?.connected) return;
    void request(socket, "call:signal", { sessionId: this.sessionId, to, signal }).catch(() => undefined);
  }

  private dropPeer(connId: string): void {
    const peer = this.peers.get(connId);
    if (!peer) return;
    this.peers.delete(connId);
    this.levels.unwatch(connId);
    clearTimeout(peer.giveUpTimer);
    peer.pc.close();
    this.publishPeers();
  }

  private closePeers(): void {
    for (const connId of [...this.peers.keys()]) this.dropPeer(connId);
  }

  private hangUp(): void {
    this.closePeers();
    if (this.local) stopTracks(this.local);
    this.local = null;
    this.levels.unwatch("self");
    if (typeof navigator !== "undefined") navigator.mediaDevices?.removeEventListener?.("devicechange", this.listDevices);
    this.set({ localStream: null, media: { audio: true, video: false } });
  }

  private publishPeers(): void {
    this.set({ peers: [...this.peers.values()].map(({ connId, userId, media, stream, link }) => ({ connId, userId, media: { ...media }, stream, link })) });
  }

  private rememberedChoice(): { video: boolean } | null {
    try {
      const value = JSON.parse(sessionStorage.getItem(remembered(this.sessionId)) ?? "null") as unknown;
      return value && typeof value === "object" && "video" in value ? { video: value.video === true } : null;
    } catch {
      return null;
    }
  }

  private remember(choice: { video: boolean }): void {
    try {
      sessionStorage.setItem(remembered(this.sessionId), JSON.stringify(choice));
    } catch {
      // Storage may be off; the call works, it just is not rejoined after a reload.
    }
  }

  private forget(): void {
    try {
      sessionStorage.removeItem(remembered(this.sessionId));
    } catch {
      // nothing remembered
    }
  }

  private set(patch: Partial<CallState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

function senderOf(pc: RTCPeerConnection, kind: "audio" | "video"): RTCRtpSender | undefined {
  return pc.getTransceivers().find((transceiver) => transceiver.receiver.track.kind === kind)?.sender;
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
