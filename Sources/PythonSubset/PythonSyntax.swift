/// The part of Python that cost listings use: arithmetic, names, containers, calls, loops,
/// functions and f-strings. Anything else fails to parse, and the listing is left unchecked.
indirect enum PythonExpression {
    case number(String)
    case string(String)
    /// An f-string: literal text and `{expression:spec}` fields in order.
    case formatted([FormattedPart])
    case name(String)
    case constant(PythonConstant)
    case unary(String, PythonExpression)
    case binary(String, PythonExpression, PythonExpression)
    case compare(PythonExpression, [(String, PythonExpression)])
    case logical(String, PythonExpression, PythonExpression)
    case not(PythonExpression)
    case conditional(PythonExpression, condition: PythonExpression, otherwise: PythonExpression)
    case call(PythonExpression, arguments: [PythonExpression], keywords: [(String, PythonExpression)])
    case attribute(PythonExpression, String)
    case `subscript`(PythonExpression, PythonExpression)
    case list([PythonExpression])
    case tuple([PythonExpression])
    case dictionary([(PythonExpression, PythonExpression)])
    /// `element for target in source if condition`, as a list or a generator.
    case comprehension(
        PythonExpression, target: PythonExpression, source: PythonExpression, condition: PythonExpression?)
}

enum PythonConstant {
    case `true`, `false`, none
}

enum FormattedPart {
    case text(String)
    case field(PythonExpression, spec: String)
}

indirect enum PythonStatement {
    /// `line` is the listing line the statement starts on: a printed value is matched to the
    /// comment written on or after it.
    case expression(PythonExpression, line: Int)
    case assign([PythonExpression], PythonExpression)
    case augmented(PythonExpression, String, PythonExpression)
    case function(name: String, parameters: [(String, PythonExpression?)], body: [PythonStatement])
    case `return`(PythonExpression?)
    case `if`([(PythonExpression, [PythonStatement])], otherwise: [PythonStatement])
    case `for`(target: PythonExpression, source: PythonExpression, body: [PythonStatement])
    case `while`(PythonExpression, body: [PythonStatement])
    case `break`, `continue`, pass
    case `import`
}
