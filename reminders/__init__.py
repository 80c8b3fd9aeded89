"""The college's rules: policy, semester calendar, compliance and reminder decisions."""
