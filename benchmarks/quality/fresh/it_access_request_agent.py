"""IT access request agent: the first design, before any security review.

Employees ask for access ("I need write access to the finance SharePoint") in a
chat with the IT bot in Microsoft Teams. Teams relays the messages to our bot
endpoint, a public HTTPS endpoint in the IT automation subscription that checks
the Bot Framework token on every call. An LLM agent, backed by a hosted model,
works out which resource and role is meant, looks up the role policy for it in
the entitlement catalogue, and looks up the requester and the resource owner in
the identity provider. It then posts an approval card to the resource owner in
Teams; once the owner approves, it adds the requester to the matching group
through the identity provider connector, which holds the service principal's
secret in a key vault. Every request and decision is written to a request
ledger for the SOC 2 access reviews. IT administrators maintain the catalogue
and the agent's instructions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "IT access request agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="Chat agent that checks access requests against role policies, "
    "gets owner approval and grants group memberships in the identity provider.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Access request message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The employee's free-text request and justification, with their identity.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the conversation, policies and directory results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The model's next step: a reply or tool calls with their arguments.",
)
instructions = tg.Data(
    "Agent instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
policies = tg.Data(
    "Role access policies",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Which roles and departments may hold which groups, and who owns each resource.",
)
policy_query = tg.Data("Policy lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
policy_result = tg.Data(
    "Policy lookup result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
idp_call = tg.Data(
    "Directory call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="User and group lookups, and add-member calls with the user and group ids.",
)
idp_result = tg.Data(
    "Directory result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Requester's department, manager and current groups; owner contact.",
)
graph_request = tg.Data(
    "Identity provider API request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
directory = tg.Data(
    "Directory records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
approval_call = tg.Data(
    "Approval request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Requester, resource, role and the agent's summary of the justification.",
)
approval_card = tg.Data("Approval card", kind="documents", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Owner decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
ledger = tg.Data(
    "Request ledger entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate workforce", trust=tg.Trust.INTERNAL):
    # Any employee can open a chat with the IT bot.
    employee = tm.add(tg.Actor("Employee", role="requester"))
    # Owns an application or share and decides who gets into its groups.
    owner = tm.add(tg.Actor("Resource owner", role="approver"))
    # Maintains the entitlement catalogue and the agent's instructions.
    it_admin = tm.add(tg.Actor("IT administrator", role="it admin", privileged=True))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The chat surface employees and owners already use; relays bot messages.
    teams = tm.add(
        tg.ExternalService("Microsoft Teams", description="Bot Framework channel for the IT bot.")
    )
    # The source of truth for users and groups; group membership is access.
    idp = tm.add(
        tg.ExternalService(
            "Identity provider",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Entra ID, reached through Microsoft Graph.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reasons over the request, the policies and the directory data.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("IT automation subscription", trust=tg.Trust.INTERNAL):
    # Public messaging endpoint that the Bot Framework service posts to.
    bot_endpoint = tm.add(
        tg.Endpoint(
            "Bot endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Bot Framework JWT validation")},
        )
    )
    # Plans the steps of a request and calls the tools; waits for owner approval.
    agent = tm.add(
        tg.Agent(
            "Access request agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the resource owner, in Teams"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only lookup of the policy for a resource and role.
    policy_tool = tm.add(tg.Tool("Policy lookup tool", capabilities={"read"}))
    # Posts approval cards to owners and relays their answer.
    approval_tool = tm.add(tg.Tool("Approval tool", capabilities={"send-messages"}))
    # Graph API client: looks up users and groups and adds group members.
    idp_connector = tm.add(
        tg.Tool(
            "Identity provider connector",
            capabilities={"read", "write"},
            controls={c.SecretsManagement(note="service principal secret in Key Vault")},
            description="Runs as a service principal with Group.ReadWrite.All.",
        )
    )
    # Resources, roles, policies and owners, edited by IT administrators.
    catalogue = tm.add(
        tg.DataStore(
            "Entitlement catalogue",
            stores={policies},
            controls={c.RBAC(note="only IT administrators can edit")},
        )
    )
    # Every request, approval and grant, kept as evidence for access reviews.
    request_ledger = tm.add(tg.DataStore("Request ledger", stores={ledger}))

# ---------------------------------------------------------------- flows
# the employee's conversation
tm.flow(employee, teams, request, protocol="https")
tm.flow(teams, bot_endpoint, request, protocol="https")
tm.flow(bot_endpoint, agent, request)
tm.flow(agent, bot_endpoint, reply)
tm.flow(bot_endpoint, teams, reply, protocol="https")
tm.flow(teams, employee, reply, protocol="https")

# reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# policy check
tm.flow(agent, policy_tool, policy_query)
tm.flow(catalogue, policy_tool, policies)
tm.flow(policy_tool, agent, policy_result)

# directory lookups and the grant
tm.flow(agent, idp_connector, idp_call)
tm.flow(idp_connector, idp, graph_request, protocol="https", label="Microsoft Graph")
tm.flow(idp, idp_connector, directory, protocol="https")
tm.flow(idp_connector, agent, idp_result)

# owner approval
tm.flow(agent, approval_tool, approval_call)
tm.flow(approval_tool, teams, approval_card, protocol="https")
tm.flow(teams, owner, approval_card, protocol="https")
tm.flow(owner, teams, decision, protocol="https", label="approve or reject")
tm.flow(teams, bot_endpoint, decision, protocol="https", id="teams->bot-endpoint:decision")
tm.flow(bot_endpoint, approval_tool, decision)
tm.flow(approval_tool, agent, decision)

# record keeping and administration
tm.flow(agent, request_ledger, ledger)
tm.flow(it_admin, catalogue, policies, label="maintains policies")
tm.flow(it_admin, agent, instructions, label="deploys instructions")
