"""AML.CS0056 Model Distillation Campaigns Targeting Anthropic Claude.

The victim: Anthropic's Claude, a frontier LLM that customers reach through an
inference API after signing up for an account, under a policy that withholds
commercial access in some regions.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "Account sign-up details": kind=RECORDS ("approximately 24,000 fraudulent
  accounts").
- Data "API key": kind=CREDENTIALS (account access to "Claude's inference API").
- Data "Prompts": kind=PROMPT ("used their generated prompts to repeatedly query
  Claude").
- Data "Model responses": kind=MODEL_OUTPUT ("train their own models from the
  responses").
- Data "Account records": kind=RECORDS ("used approximately 24,000 accounts").
"""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

CASE_ID = "AML.CS0056"
NAME = "Model Distillation Campaigns Targeting Anthropic Claude"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A widely used frontier model whose capabilities are the company's core asset.
        profile=tg.RiskProfile.HIGH,
        description="Claude served to account holders through an inference API.",
    )
    signup = tg.Data(
        "Account sign-up details", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.RECORDS
    )
    api_key = tg.Data("API key", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.CREDENTIALS)
    prompts = tg.Data("Prompts", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.PROMPT)
    responses = tg.Data(
        "Model responses", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.MODEL_OUTPUT
    )
    account_records = tg.Data(
        "Account records", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.RECORDS
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "accessed Claude's inference API via the combined approximately 24,000
        # fraudulent accounts": anyone who can open an account.
        customer = tm.add(tg.Actor("API customer", role="account holder"))

    with tm.boundary("Anthropic", trust=tg.Trust.INTERNAL):
        # "Anthropic's policy of not offering commercial access to Claude in China"
        # DSL gap: a regional access policy enforced at sign-up, and the difference
        # between one customer and thousands of coordinated accounts, cannot be said;
        # modelled as an account service with a store of accounts.
        accounts = tm.add(tg.Service("Account sign-up"))
        account_db = tm.add(tg.DataStore("Accounts", stores={account_records}))
        # "accessed Claude's inference API" with accounts: requests are made with an
        # account's key.
        api = tm.add(
            tg.Endpoint(
                "Claude API",
                purpose=tg.EndpointPurpose.INFERENCE,
                controls={c.Authentication(method="account API key")},
            )
        )
        # "Claude's capabilities such as agentic reasoning, code generation, tool use,
        # and computer use"
        claude = tm.add(tg.LLM("Claude", origin=tg.ModelOrigin.IN_HOUSE))

    tm.flow(customer, accounts, signup, protocol="https")
    tm.flow(accounts, account_db, account_records)
    tm.flow(accounts, customer, api_key, protocol="https")
    tm.flow(customer, api, api_key, prompts, protocol="https")
    tm.flow(account_db, api, account_records, label="key check")
    tm.flow(api, claude, prompts)
    tm.flow(claude, api, responses)
    tm.flow(api, customer, responses, protocol="https")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "used their generated prompts to repeatedly query Claude and train their own
    # models from the responses"
    4: ("claude", "claude-api", "api-customer->claude-api"),
    # "acquired Claude's capabilities via distillation at a fraction of the cost"
    5: ("claude", "claude-api->api-customer"),
}
