using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2.Model;
using Amazon.SimpleSystemsManagement.Model;
using Spawn.Aws;

namespace Spawn.Instances
{
    /// <summary>The image a launch uses: given, or the latest Amazon Linux 2023 for the type's architecture.</summary>
    public sealed class ResolvedImage
    {
        public ResolvedImage(string imageId, string architecture, string rootDeviceName, IReadOnlyList<BlockDeviceMapping> ebsMappings, string sshUser)
        {
            ImageId = imageId;
            Architecture = architecture;
            RootDeviceName = rootDeviceName;
            EbsMappings = ebsMappings;
            SshUser = sshUser;
        }

        public string ImageId { get; }
        public string Architecture { get; }
        public string RootDeviceName { get; }

        /// <summary>The image's EBS mappings (root first among them), each to be launched encrypted.</summary>
        public IReadOnlyList<BlockDeviceMapping> EbsMappings { get; }
        public string SshUser { get; }
    }

    /// <summary>Read-only look-ups before a launch: instance type architecture, the AL2023 parameter, the image.</summary>
    public static class ImageResolver
    {
        public const string ParameterPrefix = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-";

        public static async Task<ResolvedImage> ResolveAsync(AwsContext context, string instanceType, string? imageId, CancellationToken token)
        {
            var architecture = await ArchitectureAsync(context, instanceType, token).ConfigureAwait(false);
            imageId ??= await LatestAmazonLinuxAsync(context, architecture, token).ConfigureAwait(false);

            var images = await context.Ec2.DescribeImagesAsync(new DescribeImagesRequest { ImageIds = new List<string> { imageId } }, token)
                .ConfigureAwait(false);
            var image = images.Images?.FirstOrDefault();
            if (image == null)
            {
                throw new SpawnException("ImageNotFound", SpawnErrorKind.ObjectNotFound,
                    $"The image {imageId} does not exist in {context.RegionName} or is not visible to this account.") { Target = imageId };
            }
            if (!string.Equals(image.Architecture?.Value, architecture, StringComparison.Ordinal))
            {
                throw new SpawnException("ImageArchitectureMismatch", SpawnErrorKind.InvalidArgument,
                    $"The image {imageId} is {image.Architecture?.Value} but {instanceType} runs {architecture}.") { Target = imageId };
            }
            var root = image.RootDeviceName ?? "/dev/xvda";
            var ebs = (image.BlockDeviceMappings ?? new List<BlockDeviceMapping>()).Where(m => m.Ebs != null)
                .OrderBy(m => m.DeviceName == root ? 0 : 1).ToList();
            return new ResolvedImage(imageId, architecture, root, ebs, ImageFamily.SshUser(image.Name));
        }

        private static async Task<string> ArchitectureAsync(AwsContext context, string instanceType, CancellationToken token)
        {
            DescribeInstanceTypesResponse response;
            try
            {
                response = await context.Ec2.DescribeInstanceTypesAsync(
                    new DescribeInstanceTypesRequest { InstanceTypes = new List<string> { instanceType } }, token).ConfigureAwait(false);
            }
            catch (Amazon.EC2.AmazonEC2Exception e) when (e.ErrorCode == "InvalidInstanceType")
            {
                throw TypeNotOffered(context, instanceType, e);
            }
            var architectures = response.InstanceTypes?.FirstOrDefault()?.ProcessorInfo?.SupportedArchitectures;
            if (architectures == null || architectures.Count == 0)
            {
                throw TypeNotOffered(context, instanceType, null);
            }
            return architectures.Contains("arm64") ? "arm64" : "x86_64";
        }

        private static async Task<string> LatestAmazonLinuxAsync(AwsContext context, string architecture, CancellationToken token)
        {
            var name = ParameterPrefix + architecture;
            try
            {
                var parameter = await context.Ssm.GetParameterAsync(new GetParameterRequest { Name = name }, token).ConfigureAwait(false);
                return parameter.Parameter.Value;
            }
            catch (Amazon.SimpleSystemsManagement.Model.ParameterNotFoundException e)
            {
                throw new SpawnException("ImageNotResolved", SpawnErrorKind.ObjectNotFound,
                    $"The latest Amazon Linux 2023 image could not be resolved: the public SSM parameter {name} does not exist in {context.RegionName}. Pass -ImageId.", e)
                { Target = name };
            }
        }

        private static SpawnException TypeNotOffered(AwsContext context, string instanceType, Exception? inner) =>
            new SpawnException("InstanceTypeNotOffered", SpawnErrorKind.InvalidArgument,
                $"The instance type {instanceType} is not offered in {context.RegionName}.", inner) { Target = instanceType };
    }
}
