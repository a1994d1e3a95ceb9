import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getDb } from "@/db";
import { CHOSEN_TIME_ZONE_COOKIE, isTimeZone } from "@/lib/format/time-zone";
import { DefaultPlanForm } from "@/components/settings/default-plan-form";
import { DeleteAccount } from "@/components/settings/delete-account";
import { DownloadData } from "@/components/settings/download-data";
import { PasswordForm } from "@/components/settings/password-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { SettingsCard } from "@/components/settings/settings-card";
import { SignOutEverywhere } from "@/components/settings/sign-out-everywhere";
import { TimeZoneForm } from "@/components/settings/time-zone-form";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getDefaultPlan } from "@/lib/sessions/queries";
import { getAccountSettings } from "@/lib/users/account-settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser("/settings");
  const db = getDb();
  const [settings, defaultPlan, cookieStore] = await Promise.all([getAccountSettings(db, user.id), getDefaultPlan(db, user.id), cookies()]);
  const chosenZone = cookieStore.get(CHOSEN_TIME_ZONE_COOKIE)?.value;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="mt-1 text-slate-600">Signed in as {settings.email}.</p>
      </div>
      <SettingsCard id="profile" title="Profile and practice">
        <ProfileForm initial={settings} />
      </SettingsCard>
      <SettingsCard id="default-plan" title="Default plan" description="The phases and minutes a new session starts with. You can still change them before each session.">
        <DefaultPlanForm initial={defaultPlan} />
      </SettingsCard>
      <SettingsCard id="time-zone-heading" title="Time zone" description="Dates and times in history, grading and readiness show in this zone.">
        <TimeZoneForm initialChoice={isTimeZone(chosenZone) ? chosenZone : null} />
      </SettingsCard>
      {settings.hasPassword ? (
        <SettingsCard id="password" title="Password" description="Changing it signs you out on every other device.">
          <PasswordForm email={settings.email} />
        </SettingsCard>
      ) : null}
      <SettingsCard id="devices" title="Devices" description="Signs you out on every device and browser, this one included.">
        <SignOutEverywhere />
      </SettingsCard>
      <SettingsCard id="your-data" title="Your data" description="Everything you have here in one zip: a data.json with every session (notes, board, grades and timings), your checklist ticks and roadmap progress, and each session as Markdown.">
        <DownloadData />
      </SettingsCard>
      <SettingsCard id="delete" title="Delete your account" tone="danger" description="Removes your account and your own data. Peer sessions stay readable for the people you practised with, with you shown as “a former member”.">
        <DeleteAccount hasPassword={settings.hasPassword} email={settings.email} />
      </SettingsCard>
    </div>
  );
}
