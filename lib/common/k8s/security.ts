import * as k8s from '../../../imports/k8s';

/** The user and group an image runs as. */
export interface ImageUser {
  readonly uid: number;
  readonly gid: number;
}

/**
 * A pod securityContext that passes the Pod Security "restricted" profile: non-root,
 * RuntimeDefault seccomp, and volumes owned by the image's group.
 */
export const restrictedPodSecurityContext = (user: ImageUser, supplementalGroups?: number[]): k8s.PodSecurityContext => ({
  runAsNonRoot: true,
  runAsUser: user.uid,
  runAsGroup: user.gid,
  fsGroup: user.gid,
  fsGroupChangePolicy: 'OnRootMismatch',
  ...(supplementalGroups ? { supplementalGroups } : {}),
  seccompProfile: { type: 'RuntimeDefault' },
});

/**
 * A container securityContext that passes the "restricted" profile: no privilege
 * escalation, every capability dropped, a read-only root filesystem.
 */
export const restrictedContainerSecurityContext = (): k8s.SecurityContext => ({
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
});
