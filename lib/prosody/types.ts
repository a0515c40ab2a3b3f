/** Public types of the Prosody config reader. Plain data: a result can be serialised as JSON. */

/** A Lua value the reader could evaluate without running anything. Tables become arrays (only
 * positional entries) or objects (any keyed entry; positional entries then get keys "1", "2"…). */
export type LuaValue = string | number | boolean | null | LuaValue[] | { [key: string]: LuaValue };

/** One option assignment, as written (`app_secret = "…"`), with where it is. */
export interface ProsodyOption {
  name: string;
  /** The evaluated value; absent when the expression could not be evaluated (see `skipped`). */
  value?: LuaValue;
  /** 1-based line of the assignment. */
  line: number;
}

/** Something in the file the reader reported and skipped rather than guess. */
export interface ProsodySkipped {
  line: number;
  column: number;
  /** The section it was in: `*` for the global section, else the host or component name. */
  section: string;
  /** What it is, in a few words (`os.getenv call`, `Include "conf.d/*.cfg.lua"`). */
  what: string;
  /** The option it was assigned to, if any. */
  option?: string;
}

/** The global section, a `VirtualHost` or a `Component` block. */
export interface ProsodySection {
  kind: 'global' | 'VirtualHost' | 'Component';
  /** `*` for the global section, else the host or component name. */
  name: string;
  /** A Component's plugin (`"muc"`, `"speakerstats_component"`); null for external components and hosts. */
  module: string | null;
  /** Line where the section starts (0 for the global section). */
  line: number;
  /** Options set in this section, by name (the last assignment wins, as in Prosody). */
  options: Record<string, ProsodyOption>;
  /** Evaluated `modules_enabled` entries (strings only), in order. */
  modules: string[];
}

/** A config that parsed. */
export interface ProsodyConfig {
  ok: true;
  global: ProsodySection;
  virtualHosts: ProsodySection[];
  components: ProsodySection[];
  /** Function calls, `os.getenv`, `Include`, control flow…: reported and skipped, never guessed. */
  skipped: ProsodySkipped[];
  /** The VirtualHost chosen with `{ host }` (or the one token host, or the only host); null when none fits. */
  host: ProsodySection | null;
  /** Why `host` is what it is, in plain words. */
  hostReason: string;
}

/** A config that could not be read. */
export interface ProsodyConfigError {
  ok: false;
  error: { message: string; line: number; column: number };
}

/** What `readProsodyConfig` gives back. */
export type ProsodyConfigResult = ProsodyConfig | ProsodyConfigError;

/** Options for `readProsodyConfig`. */
export interface ReadProsodyConfigOptions {
  /** The VirtualHost to select (the XMPP domain, e.g. `meet.example.org` or `meet.jitsi`). */
  host?: string;
}
