"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { isPublicPath } from "@/lib/auth/public-paths";

/**
 * The root layout is not re-rendered on client-side navigation, so after a session ends (sign-out, or an expired
 * cookie turned away by the proxy) the sign-in page would appear beside the old sidebar with the old user's name.
 * This hides the signed-in chrome as soon as the path is a public one.
 */
export function HideOnPublicPaths({ children }: { children: ReactNode }) {
  return isPublicPath(usePathname()) ? null : <>{children}</>;
}
