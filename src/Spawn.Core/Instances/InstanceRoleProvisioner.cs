using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Diagnostics;
using Spawn.Iam;

namespace Spawn.Instances
{
    /// <summary>
    /// Makes sure the role and instance profile for a rendered policy exist: named after the policy's hash, so a
    /// second launch with the same policy reuses them. A pre-existing role is used only when it is exactly what
    /// Spawn would create (trust policy, one inline policy, nothing attached); what this call creates goes on the
    /// undo list, what it reuses never does.
    /// </summary>
    public sealed class InstanceRoleProvisioner
    {
        private readonly AwsContext _context;
        private readonly IOperationLog _log;
        private readonly UndoList _undo;

        public InstanceRoleProvisioner(AwsContext context, IOperationLog log, UndoList undo)
        {
            _context = context;
            _log = log;
            _undo = undo;
        }

        private IamClient Iam => _context.Iam;

        /// <summary>
        /// Renders <paramref name="policy"/> for the caller's account and the region, then ensures its role and profile.
        /// Returns the profile name and whether anything was created (a fresh profile may take seconds to reach EC2).
        /// </summary>
        /// <exception cref="SpawnException">IamPolicyTooLarge, IamRoleConflict, IamInstanceProfileConflict.</exception>
        public async Task<(string? Name, bool Fresh)> EnsureAsync(InstanceRolePolicy policy, CallerIdentity caller, CancellationToken token)
        {
            var document = policy.Render(PolicyScope.ForCaller(caller.Arn, caller.Account, _context.RegionName));
            var name = InstanceRolePolicy.RoleName(document);
            var createdRole = await EnsureRoleAsync(name, document, InstanceRoleTrust.Document, token).ConfigureAwait(false);
            var createdProfile = await EnsureProfileAsync(name, token).ConfigureAwait(false);
            return (name, createdRole || createdProfile);
        }

        private async Task<bool> EnsureRoleAsync(string roleName, string policy, string trust, CancellationToken token)
        {
            try
            {
                if (await ExistsAsync(() => Iam.GetRoleAsync(new GetRoleRequest { RoleName = roleName }, token)).ConfigureAwait(false))
                {
                    await VerifyRoleAsync(roleName, policy, trust, token).ConfigureAwait(false);
                    return false;
                }
                await Iam.CreateRoleAsync(new CreateRoleRequest
                {
                    RoleName = roleName,
                    AssumeRolePolicyDocument = trust,
                    Description = "Spawn instance role; shared by every launch with the same policy",
                    Tags = { new Tag(SpawnTags.Managed, SpawnTags.True) },
                }, token).ConfigureAwait(false);
            }
            catch (EntityAlreadyExistsException)
            {
                // Another launch with the same policy created it a moment ago.
                await VerifyRoleAsync(roleName, policy, trust, token).ConfigureAwait(false);
                return false;
            }
            _undo.Add("IAM role " + roleName, t => DeleteRoleAsync(roleName, t));
            await Iam.PutRolePolicyAsync(new PutRolePolicyRequest
            {
                RoleName = roleName, PolicyName = InstanceRolePolicy.InlinePolicyName, PolicyDocument = policy,
            }, token).ConfigureAwait(false);
            _log.Verbose($"Created the IAM role {roleName}.");
            return true;
        }

        /// <summary>An existing role with Spawn's name is trusted only if it is exactly what Spawn would have made.</summary>
        private async Task VerifyRoleAsync(string roleName, string policy, string trust, CancellationToken token)
        {
            var role = (await Iam.GetRoleAsync(new GetRoleRequest { RoleName = roleName }, token).ConfigureAwait(false)).Role;
            var inline = (await Iam.ListRolePoliciesAsync(new ListRolePoliciesRequest { RoleName = roleName }, token).ConfigureAwait(false)).PolicyNames;
            var attached = (await Iam.ListAttachedRolePoliciesAsync(new ListAttachedRolePoliciesRequest { RoleName = roleName }, token).ConfigureAwait(false)).AttachedPolicies;
            string? why = null;
            if (!PolicyJson.SameDocument(role.AssumeRolePolicyDocument, trust))
            {
                why = "its trust policy differs from Spawn's (EC2 only, this account)";
            }
            else if (attached.Count > 0 || inline.Count != 1 || inline[0] != InstanceRolePolicy.InlinePolicyName)
            {
                why = "it has policies other than " + InstanceRolePolicy.InlinePolicyName;
            }
            else
            {
                var current = await Iam.GetRolePolicyAsync(new GetRolePolicyRequest { RoleName = roleName, PolicyName = InstanceRolePolicy.InlinePolicyName }, token)
                    .ConfigureAwait(false);
                if (!PolicyJson.SameDocument(current.PolicyDocument, policy))
                {
                    why = "its inline policy differs from the requested one";
                }
            }
            if (why != null)
            {
                throw new SpawnException("IamRoleConflict", SpawnErrorKind.ResourceExists,
                    $"The IAM role {roleName} exists but {why}, so Spawn will not use it. Inspect it (aws iam get-role --role-name {roleName}) and delete it if it is not yours to keep.")
                    { Target = roleName };
            }
            _log.Verbose($"Reusing the IAM role {roleName} (same policy).");
        }

        private async Task<bool> EnsureProfileAsync(string name, CancellationToken token)
        {
            var roles = await ProfileRolesAsync(name, token).ConfigureAwait(false);
            var created = false;
            if (roles == null)
            {
                try
                {
                    await Iam.CreateInstanceProfileAsync(new CreateInstanceProfileRequest
                    {
                        InstanceProfileName = name, Tags = { new Tag(SpawnTags.Managed, SpawnTags.True) },
                    }, token).ConfigureAwait(false);
                    _undo.Add("instance profile " + name, t => Iam.DeleteInstanceProfileAsync(new DeleteInstanceProfileRequest { InstanceProfileName = name }, t));
                    roles = new List<Role>();
                    created = true;
                }
                catch (EntityAlreadyExistsException)
                {
                    roles = await ProfileRolesAsync(name, token).ConfigureAwait(false) ?? new List<Role>();
                }
            }
            if (roles.Any(r => r.RoleName != name))
            {
                throw new SpawnException("IamInstanceProfileConflict", SpawnErrorKind.ResourceExists,
                    $"The instance profile {name} exists and holds the role {roles[0].RoleName}, not {name}, so Spawn will not use it. Remove it (aws iam delete-instance-profile) if it is not yours to keep.")
                    { Target = name };
            }
            if (roles.Count == 0)
            {
                await Iam.AddRoleToInstanceProfileAsync(new AddRoleToInstanceProfileRequest { InstanceProfileName = name, RoleName = name }, token).ConfigureAwait(false);
                _undo.Add($"role {name} in instance profile {name}",
                    t => Iam.RemoveRoleFromInstanceProfileAsync(new RemoveRoleFromInstanceProfileRequest { InstanceProfileName = name, RoleName = name }, t));
                created = true;
            }
            _log.Verbose(created ? $"Instance profile {name} ready." : $"Reusing the instance profile {name}.");
            return created;
        }

        /// <summary>The roles in the profile; null when there is no such profile.</summary>
        private async Task<IList<Role>?> ProfileRolesAsync(string name, CancellationToken token)
        {
            try
            {
                return (await Iam.GetInstanceProfileAsync(new GetInstanceProfileRequest { InstanceProfileName = name }, token).ConfigureAwait(false)).InstanceProfile.Roles;
            }
            catch (NoSuchEntityException)
            {
                return null;
            }
        }

        private static async Task<bool> ExistsAsync<T>(System.Func<Task<T>> get)
        {
            try
            {
                await get().ConfigureAwait(false);
                return true;
            }
            catch (NoSuchEntityException)
            {
                return false;
            }
        }

        private async Task DeleteRoleAsync(string roleName, CancellationToken token)
        {
            try
            {
                await Iam.DeleteRolePolicyAsync(new DeleteRolePolicyRequest { RoleName = roleName, PolicyName = InstanceRolePolicy.InlinePolicyName }, token).ConfigureAwait(false);
            }
            catch (NoSuchEntityException)
            {
                // The launch failed before the policy was put.
            }
            await Iam.DeleteRoleAsync(new DeleteRoleRequest { RoleName = roleName }, token).ConfigureAwait(false);
        }
    }
}
