namespace Spawn.Aws
{
    /// <summary>The AWS services Spawn calls, with the names the SDKs use for per-service endpoint variables.</summary>
    public enum AwsService
    {
        Ec2,
        Kms,
        Sts,
        DynamoDb,
        Ssm,
        Route53,
        Iam,
        CloudWatchLogs,
        Sns,
        Pricing,
    }

    public static class AwsServiceNames
    {
        /// <summary>The suffix of AWS_ENDPOINT_URL_&lt;SERVICE&gt; (the service id, upper case, spaces to underscores).</summary>
        public static string EndpointVariableSuffix(AwsService service)
        {
            switch (service)
            {
                case AwsService.Ec2: return "EC2";
                case AwsService.Kms: return "KMS";
                case AwsService.Sts: return "STS";
                case AwsService.DynamoDb: return "DYNAMODB";
                case AwsService.Ssm: return "SSM";
                case AwsService.Route53: return "ROUTE_53";
                case AwsService.Iam: return "IAM";
                case AwsService.CloudWatchLogs: return "CLOUDWATCH_LOGS";
                case AwsService.Sns: return "SNS";
                case AwsService.Pricing: return "PRICING";
                default: return service.ToString().ToUpperInvariant();
            }
        }

        /// <summary>
        /// Route 53 and IAM are global, and the Pricing API answers for every region from us-east-1: all three are signed
        /// for us-east-1 whatever the caller's region.
        /// </summary>
        public static bool SignsForUsEast1(AwsService service) =>
            service == AwsService.Route53 || service == AwsService.Iam || service == AwsService.Pricing;
    }
}
