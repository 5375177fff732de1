#!/usr/bin/env bash
# Regenerates docs/api/openapi-v1.json from the running API, and the Kiota client in Generated/ from it.
# Run after any change to /api/v1 (OpenApiSnapshotTests fails until you do): UtmStudio.Tests/Integration/Api/Client/generate.sh
# The tests are built without the old client for this (-p:WithoutGeneratedClient=true): it may no longer compile.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../../.."
here=UtmStudio.Tests/Integration/Api/Client
source db/env.sh
dotnet tool restore >/dev/null
dotnet build UtmStudio.Tests -c Release -nologo -v q -p:WithoutGeneratedClient=true
UTMSTUDIO_WRITE_OPENAPI=1 dotnet test UtmStudio.Tests -c Release --no-build --filter "FullyQualifiedName~OpenApiSnapshotTests" --logger "console;verbosity=minimal"
KIOTA_TUTORIAL_ENABLED=false dotnet kiota generate --language CSharp --openapi docs/api/openapi-v1.json --output "$here/Generated" \
    --class-name UtmStudioApiClient --namespace-name UtmStudio.Tests.Integration.Api.Client.Generated \
    --clean-output --exclude-backward-compatible --log-level Warning
echo "Generated $(find "$here/Generated" -name '*.cs' | wc -l) files in $here/Generated from docs/api/openapi-v1.json"
