import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage() {
  if (await currentUser()) redirect("/questions");
  return (
    <AuthCard title="Create your account" subtitle="Free and self-hosted. Your practice history stays on this server.">
      <SignUpForm />
    </AuthCard>
  );
}
